// finding: R2-cancel-in-join
// seed: 1000204
// expect `take 1 mid 1 cancel` => item 1 gaveup w2x w3x w4x t17 w18- t17. cancel
// expect `take 1 mid 2 cancel` => item 1 w2- j2 gaveup w3x w4x t17 w18- t17. cancel
// expect `take 1 mid 3 cancel` => item 1 w2- j2 w3- gaveup w4x t17 w18- t17. cancel
#[managed_stream]
pub async fn body(ctx: Ctx) -> u32 {
    teardown! {
        ctx.log("t17");
        W::new(&ctx, 18, 1).await;
        ctx.log("t17.");
    }
    yield_!(1);
    tokio::join!(async { W::new(&ctx, 2, 1).await; ctx.log("j2"); }, W::new(&ctx, 3, 2), W::new(&ctx, 4, 3));
    let mut c5 = 0;
    'l5: loop {
        c5 += 1;
        if c5 > 0 { break; }
        let mut c6 = 0;
        'l6: loop {
            c6 += 1;
            if c6 > 1 { break; }
            W::new(&ctx, 7, 2).await;
            let Some(v8) = ctx.opt(8, 0b0, 1) else {
                W::new(&ctx, 9, 1).await;
                tokio::join!(async { W::new(&ctx, 10, 2).await; ctx.log("j10"); }, async { W::new(&ctx, 11, 3).await; ctx.log("j11"); });
                break 'l5;
            };
            ctx.log(format!("L{v8}"));
            let mut c12 = 0;
            'l12: while c12 < 0 {
                c12 += 1;
                tokio::join!(async { W::new(&ctx, 13, 0).await; ctx.log("j13"); }, async { W::new(&ctx, 14, 1).await; ctx.log("j14"); }, W::new(&ctx, 15, 3));
                W::new(&ctx, 16, 3).await;
            }
        }
    }
}
