// finding: R8-cancel-in-futures-join
// seed: 1000225
// expect `take 1 mid 1 cancel` => item 1 w2- w24x w8- gaveup w6x w7x t27 t27. cancel
// expect `take 1 mid 2 cancel` => item 1 w2- w24x w8- gaveup w6x w7x t27 t27. cancel
// expect `take 1 mid 3 cancel` => item 1 w2- w24x w8- w6- j6 gaveup w7x t27 t27. cancel
#[managed_stream]
pub async fn body(ctx: Ctx) -> u32 {
    teardown! {
        ctx.log("t27");
        ctx.log("t27.");
    }
    yield_!(1);
    tokio::select! {
        _ = W::new(&ctx, 2, 0), if ctx.ch(26, 0b1, 1) => {
            let mut c3 = 0;
            'l3: loop {
                c3 += 1;
                if c3 > 3 { break; }
                match ctx.pick(4, 1, 2) {
                    0 => {
                        yield_!(5);
                    }
                    _ => {
                        futures::join!(async { W::new(&ctx, 6, 2).await; ctx.log("j6"); }, async { W::new(&ctx, 7, 3).await; ctx.log("j7"); }, W::new(&ctx, 8, 0));
                        break;
                    }
                }
                let Some(v9) = ctx.opt(9, 0b1, 3) else {
                    ctx.log("s10");
                    continue 'l3;
                };
                ctx.log(format!("L{v9}"));
                tokio::select! {
                    _ = W::new(&ctx, 11, 2) => {
                        yield_!(12);
                        W::new(&ctx, 13, 2).await;
                        yield_!(14);
                    }
                    _ = W::new(&ctx, 15, 1), if ctx.ch(16, 0b10, 2) => {
                        yield_!(17);
                        ctx.log("s18");
                    }
                    _ = W::new(&ctx, 19, 0) => {
                        let _ = tokio::try_join!(async { W::new(&ctx, 20, 3).await; ctx.log("j20"); Ok::<(), u32>(()) }, W::new(&ctx, 21, 0).fail(21));
                        yield_!(22);
                        yield_!(23);
                        return;
                    }
                }
            }
        }
        _ = W::new(&ctx, 24, 3) => {
            ctx.log("s25");
        }
    }
}
