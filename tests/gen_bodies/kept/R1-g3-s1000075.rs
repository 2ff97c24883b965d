// finding: R1-cancel-in-teardown-goes-on
// seed: 1000075
// expect `take 0 mid 3 cancel` => w4- s9 t7 w8- t7. t5 w6- t5. t2 gaveup w3- t2. t11 w12- t11. cancel
#[managed_stream]
pub async fn body(ctx: Ctx) -> u32 {
    teardown! {
        ctx.log("t11");
        W::new(&ctx, 12, 0).await;
        ctx.log("t11.");
    }
    let mut c1 = 0;
    loop {
        c1 += 1;
        if c1 > 3 { break; }
        teardown! {
            ctx.log("t2");
            W::new(&ctx, 3, 1).await;
            ctx.log("t2.");
        }
        W::new(&ctx, 4, 2).await;
        teardown! {
            ctx.log("t5");
            W::new(&ctx, 6, 0).await;
            ctx.log("t5.");
        }
        teardown! {
            ctx.log("t7");
            W::new(&ctx, 8, 0).await;
            ctx.log("t7.");
        }
        ctx.log("s9");
    }
    ctx.log("s10");
}
